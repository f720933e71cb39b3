import{g as n}from"./B0xJtqmv.js";const r=()=>"Aucun groupe pour l'instant.",e=()=>"No group yet.",c=((t={},o={})=>(o.locale??n())==="en"?e():r());export{c as g};
