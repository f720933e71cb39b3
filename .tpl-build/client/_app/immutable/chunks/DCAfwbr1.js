import{g as t}from"./B0xJtqmv.js";const r=()=>"Modifier le débiteur",o=()=>"Edit debtor",s=((d={},e={})=>(e.locale??t())==="en"?o():r());export{s as d};
