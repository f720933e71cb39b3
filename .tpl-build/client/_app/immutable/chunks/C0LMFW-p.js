import{g as n}from"./B0xJtqmv.js";const c=()=>"Ajouter un contact",o=()=>"Add a contact",s=((e={},t={})=>(t.locale??n())==="en"?o():c());export{s as c};
