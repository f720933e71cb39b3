const ROLES = ["admin", "manager", "approver", "agent"];

export { ROLES as R };
//# sourceMappingURL=roles.js-4KpuCuL8.js.map
