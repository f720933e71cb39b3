import{g as t}from"./B0xJtqmv.js";const n=()=>"Nouveau modèle",o=()=>"New template",s=((l={},e={})=>(e.locale??t())==="en"?o():n());export{s as t};
