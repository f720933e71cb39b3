import{g as r}from"./B0xJtqmv.js";const t=()=>"Modifier la relance",n=()=>"Edit the reminder",c=((i={},e={})=>(e.locale??r())==="en"?n():t());export{c as r};
