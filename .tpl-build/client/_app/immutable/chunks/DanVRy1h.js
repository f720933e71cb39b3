import{g as o}from"./B0xJtqmv.js";const e=()=>"Groupes",s=()=>"Groups",c=((t={},r={})=>(r.locale??o())==="en"?s():e());export{c as d};
