const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (value) => UUID.test(value);

export { isUuid as i };
//# sourceMappingURL=ids.js-ClD26XtQ.js.map
