import{s as r}from"../chunks/DKpu--Ph.js";import{y as t}from"../chunks/Bbec-OVd.js";export{t as load_css,r as start};
