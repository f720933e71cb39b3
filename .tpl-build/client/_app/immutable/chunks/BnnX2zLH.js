import{p as r}from"./Bbec-OVd.js";const t={get error(){return r.error},get status(){return r.status},get url(){return r.url}},s=t;export{s as p};
