import{g as r}from"./B0xJtqmv.js";const t=()=>"Date invalide.",o=()=>"Invalid date.",c=((a={},e={})=>(e.locale??r())==="en"?o():t());export{c as e};
