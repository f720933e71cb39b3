import{g as e}from"./B0xJtqmv.js";const l=()=>"Modèles",o=()=>"Templates",a=((r={},t={})=>(t.locale??e())==="en"?o():l());export{a as t};
