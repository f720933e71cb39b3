import{g as t}from"./B0xJtqmv.js";const r=()=>"Utilisateurs et rôles",s=()=>"Users and roles",u=((l={},e={})=>(e.locale??t())==="en"?s():r());export{u};
