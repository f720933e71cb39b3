const manifest = (() => {
function __memo(fn) {
	let value;
	return () => value ??= (value = fn());
}

return {
	appDir: "_app",
	appPath: "_app",
	assets: new Set(["favicon.svg","icons/icon-192.png","icons/icon-512.png","manifest.webmanifest","robots.txt"]),
	mimeTypes: {".svg":"image/svg+xml",".png":"image/png",".webmanifest":"application/manifest+json",".txt":"text/plain"},
	_: {
		client: {start:"_app/immutable/entry/start.Bpsup7Dr.js",app:"_app/immutable/entry/app.DOTy-raX.js",imports:["_app/immutable/entry/start.Bpsup7Dr.js","_app/immutable/chunks/DKpu--Ph.js","_app/immutable/chunks/BPndzBP1.js","_app/immutable/chunks/6acY8ei7.js","_app/immutable/chunks/DQ-7eU3X.js","_app/immutable/chunks/Bbec-OVd.js","_app/immutable/entry/app.DOTy-raX.js","_app/immutable/chunks/6acY8ei7.js","_app/immutable/chunks/DQ-7eU3X.js","_app/immutable/chunks/DsnmJJEf.js","_app/immutable/chunks/BPndzBP1.js","_app/immutable/chunks/Ddt9nnG5.js","_app/immutable/chunks/DmWwyGVY.js","_app/immutable/chunks/BDUrgkiF.js","_app/immutable/chunks/A2F4lzTo.js"],stylesheets:[],fonts:[],uses_env_dynamic_public:false},
		nodes: [
			__memo(() => import('./nodes/0.js-BsTG-Nkq.js')),
			__memo(() => import('./nodes/1.js-CHzhUvIE.js')),
			__memo(() => import('./nodes/2.js-CA7YLlwc.js')),
			__memo(() => import('./nodes/3.js-DgkqlTq_.js')),
			__memo(() => import('./nodes/4.js-XdBs7x1y.js')),
			__memo(() => import('./nodes/5.js-BHiXw2nn.js')),
			__memo(() => import('./nodes/6.js-e68RSxDb.js')),
			__memo(() => import('./nodes/7.js-CVItSvvR.js')),
			__memo(() => import('./nodes/8.js-BXhRKz3q.js')),
			__memo(() => import('./nodes/9.js-cETuZEvV.js')),
			__memo(() => import('./nodes/10.js-rOSjbBNg.js')),
			__memo(() => import('./nodes/11.js-BPK7n7ea.js')),
			__memo(() => import('./nodes/12.js-C1aRnDPm.js')),
			__memo(() => import('./nodes/13.js-BHqiQLlA.js')),
			__memo(() => import('./nodes/14.js-CZVIMmEJ.js')),
			__memo(() => import('./nodes/15.js-CUWuYCqs.js')),
			__memo(() => import('./nodes/16.js-BHQAuJWX.js')),
			__memo(() => import('./nodes/17.js-Cy9tSXyi.js')),
			__memo(() => import('./nodes/18.js-B6oVSwPq.js')),
			__memo(() => import('./nodes/19.js-Bva_wBCp.js')),
			__memo(() => import('./nodes/20.js-BbimgL2n.js')),
			__memo(() => import('./nodes/21.js-DBrcDiwi.js')),
			__memo(() => import('./nodes/22.js-Dnp17wnL.js')),
			__memo(() => import('./nodes/23.js-CHc-eghB.js')),
			__memo(() => import('./nodes/24.js-DMGnmONs.js')),
			__memo(() => import('./nodes/25.js-B_yPmxj3.js')),
			__memo(() => import('./nodes/26.js-DnglcM-l.js')),
			__memo(() => import('./nodes/27.js-ErNfsBFZ.js')),
			__memo(() => import('./nodes/28.js-DqLFWhjQ.js')),
			__memo(() => import('./nodes/29.js-CrVfp892.js'))
		],
		remotes: {
			
		},
		routes: [
			{
				id: "/",
				pattern: /^\/$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 4 },
				endpoint: null
			},
			{
				id: "/(app)/a-valider",
				pattern: /^\/a-valider\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 5 },
				endpoint: null
			},
			{
				id: "/(app)/aujourdhui",
				pattern: /^\/aujourdhui\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 6 },
				endpoint: null
			},
			{
				id: "/(app)/compte",
				pattern: /^\/compte\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 7 },
				endpoint: null
			},
			{
				id: "/(app)/debiteurs",
				pattern: /^\/debiteurs\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 8 },
				endpoint: null
			},
			{
				id: "/(app)/debiteurs/nouveau",
				pattern: /^\/debiteurs\/nouveau\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 15 },
				endpoint: null
			},
			{
				id: "/(app)/debiteurs/[id]",
				pattern: /^\/debiteurs\/([^/]+?)\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 9 },
				endpoint: null
			},
			{
				id: "/(app)/debiteurs/[id]/contacts/nouveau",
				pattern: /^\/debiteurs\/([^/]+?)\/contacts\/nouveau\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 11 },
				endpoint: null
			},
			{
				id: "/(app)/debiteurs/[id]/contacts/[contactId]",
				pattern: /^\/debiteurs\/([^/]+?)\/contacts\/([^/]+?)\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false},{"name":"contactId","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 10 },
				endpoint: null
			},
			{
				id: "/(app)/debiteurs/[id]/factures/nouvelle",
				pattern: /^\/debiteurs\/([^/]+?)\/factures\/nouvelle\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 12 },
				endpoint: null
			},
			{
				id: "/(app)/debiteurs/[id]/modifier",
				pattern: /^\/debiteurs\/([^/]+?)\/modifier\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 13 },
				endpoint: null
			},
			{
				id: "/(app)/debiteurs/[id]/paiements/nouveau",
				pattern: /^\/debiteurs\/([^/]+?)\/paiements\/nouveau\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 14 },
				endpoint: null
			},
			{
				id: "/langue",
				pattern: /^\/langue\/?$/,
				params: [],
				page: { layouts: [0,], errors: [1,], leaf: 29 },
				endpoint: null
			},
			{
				id: "/(auth)/login",
				pattern: /^\/login\/?$/,
				params: [],
				page: { layouts: [0,3,], errors: [1,,], leaf: 27 },
				endpoint: null
			},
			{
				id: "/(auth)/logout",
				pattern: /^\/logout\/?$/,
				params: [],
				page: { layouts: [0,3,], errors: [1,,], leaf: 28 },
				endpoint: null
			},
			{
				id: "/(app)/modeles",
				pattern: /^\/modeles\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 16 },
				endpoint: null
			},
			{
				id: "/(app)/modeles/nouveau",
				pattern: /^\/modeles\/nouveau\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 18 },
				endpoint: null
			},
			{
				id: "/(app)/modeles/[id]",
				pattern: /^\/modeles\/([^/]+?)\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 17 },
				endpoint: null
			},
			{
				id: "/(app)/organisation",
				pattern: /^\/organisation\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 19 },
				endpoint: null
			},
			{
				id: "/(app)/plus",
				pattern: /^\/plus\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 20 },
				endpoint: null
			},
			{
				id: "/(app)/reglages/groupes",
				pattern: /^\/reglages\/groupes\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 21 },
				endpoint: null
			},
			{
				id: "/(app)/reglages/utilisateurs",
				pattern: /^\/reglages\/utilisateurs\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 22 },
				endpoint: null
			},
			{
				id: "/(app)/relances",
				pattern: /^\/relances\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 23 },
				endpoint: null
			},
			{
				id: "/(app)/relances/nouvelle",
				pattern: /^\/relances\/nouvelle\/?$/,
				params: [],
				page: { layouts: [0,2,], errors: [1,,], leaf: 26 },
				endpoint: null
			},
			{
				id: "/(app)/relances/[id]",
				pattern: /^\/relances\/([^/]+?)\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 24 },
				endpoint: null
			},
			{
				id: "/(app)/relances/[id]/modifier",
				pattern: /^\/relances\/([^/]+?)\/modifier\/?$/,
				params: [{"name":"id","optional":false,"rest":false,"chained":false}],
				page: { layouts: [0,2,], errors: [1,,], leaf: 25 },
				endpoint: null
			}
		],
		prerendered_routes: new Set([]),
		matchers: async () => {
			
			return {  };
		},
		server_assets: {}
	}
}
})();

export { manifest as m };
//# sourceMappingURL=manifest.js-CYBZbtet.js.map
