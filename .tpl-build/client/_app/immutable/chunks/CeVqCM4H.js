import{g as e}from"./B0xJtqmv.js";const r=()=>"Débiteurs",o=()=>"Debtors",c=((s={},t={})=>(t.locale??e())==="en"?o():r());export{c as d};
