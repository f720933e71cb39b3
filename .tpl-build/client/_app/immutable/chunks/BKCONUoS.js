import{g as n}from"./B0xJtqmv.js";const o=()=>"Ajouter une facture",r=()=>"Add an invoice",s=((t={},e={})=>(e.locale??n())==="en"?r():o());export{s as i};
