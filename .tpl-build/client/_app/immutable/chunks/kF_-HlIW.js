import{g as r}from"./B0xJtqmv.js";const t=()=>"Groupes de relance",o=()=>"Reminder groups",u=((n={},e={})=>(e.locale??r())==="en"?o():t());export{u as g};
