import { r as root } from './root.js-Duy9cqKt.js';

let read_implementation = null;
function set_read_implementation(fn) {
  read_implementation = fn;
}
let public_env = {};
function set_private_env(environment) {
}
function set_public_env(environment) {
  public_env = environment;
}
const error = ({ status, message }) => '<!doctype html>\n<html lang="fr">\n	<head>\n		<meta charset="utf-8" />\n		<meta name="viewport" content="width=device-width, initial-scale=1" />\n		<title>' + status + " · Relance</title>\n		<style>\n			body { font-family: system-ui, sans-serif; max-width: 480px; margin: 3rem auto; padding: 1rem; text-align: center; color: #111827; }\n			a { display: inline-block; padding: 0.6rem 1rem; border-radius: 8px; background: #1d4ed8; color: #fff; text-decoration: none; font-weight: 600; }\n		</style>\n	</head>\n	<body>\n		<h1>" + status + "</h1>\n		<p>" + message + '</p>\n		<p><a href="/">Relance</a></p>\n	</body>\n</html>\n';
const options = {
  app_template_contains_nonce: false,
  async: false,
  csp: { "mode": "auto", "directives": { "upgrade-insecure-requests": false, "block-all-mixed-content": false }, "reportOnly": { "upgrade-insecure-requests": false, "block-all-mixed-content": false } },
  csrf_check_origin: true,
  csrf_trusted_origins: [],
  embedded: false,
  env_public_prefix: "PUBLIC_",
  env_private_prefix: "",
  hash_routing: false,
  hooks: null,
  // added lazily, via `get_hooks`
  preload_strategy: "modulepreload",
  root,
  service_worker: false,
  service_worker_options: void 0,
  server_error_boundaries: false,
  templates: {
    app: ({ head, body, assets, nonce, env }) => '<!doctype html>\n<html lang="%paraglide.lang%">\n	<head>\n		<meta charset="utf-8" />\n		<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover" />\n		<meta name="theme-color" content="#1d4ed8" />\n		<link rel="icon" href="' + assets + '/favicon.svg" type="image/svg+xml" />\n		<link rel="manifest" href="' + assets + '/manifest.webmanifest" />\n		<link rel="apple-touch-icon" href="' + assets + '/icons/icon-192.png" />\n		' + head + '\n	</head>\n	<body data-sveltekit-preload-data="hover">\n		<div style="display: contents">' + body + "</div>\n	</body>\n</html>\n",
    error
  },
  version_hash: "1dp3mgm"
};
async function get_hooks() {
  let handle;
  let handleFetch;
  let handleError;
  let handleValidationError;
  let init;
  ({ handle, handleFetch, handleError, handleValidationError, init } = await import('../entries/hooks.server.js-CnI6ZFDC.js'));
  let reroute;
  let transport;
  return {
    handle,
    handleFetch,
    handleError,
    handleValidationError,
    init,
    reroute,
    transport
  };
}

export { set_public_env as a, set_read_implementation as b, get_hooks as g, options as o, public_env as p, read_implementation as r, set_private_env as s };
//# sourceMappingURL=internal2.js-BzV6xyG-.js.map
