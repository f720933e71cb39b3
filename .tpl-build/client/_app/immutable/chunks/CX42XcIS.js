import{g as r}from"./B0xJtqmv.js";const t=()=>"Nouveau débiteur",o=()=>"New debtor",u=((n={},e={})=>(e.locale??r())==="en"?o():t());export{u as d};
