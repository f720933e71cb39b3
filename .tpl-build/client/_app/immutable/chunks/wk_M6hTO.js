import{g as o}from"./B0xJtqmv.js";const t=()=>"Changer d'organisation",r=()=>"Switch organisation",e=((a={},n={})=>(n.locale??o())==="en"?r():t());export{e as o};
