import{s as r}from"../chunks/l3mMBh39.js";import{y as t}from"../chunks/Dmj76zwM.js";export{t as load_css,r as start};
