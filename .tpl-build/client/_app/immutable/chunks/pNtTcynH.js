import{g as c}from"./B0xJtqmv.js";const o=()=>"Mon compte",e=()=>"My account",l=((n={},t={})=>(t.locale??c())==="en"?e():o());export{l as a};
