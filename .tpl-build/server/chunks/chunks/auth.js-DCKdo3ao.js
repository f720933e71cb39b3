import './zod-messages.js-Dlwf9NDY.js';
import { z } from 'zod';
import { g as getLocale } from './runtime.js-CK3d4wQN.js';

const fr_password_mismatch = (
  /** @type {(inputs: Password_MismatchInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `Les deux mots de passe ne correspondent pas.`
    );
  }
);
const en_password_mismatch = (
  /** @type {(inputs: Password_MismatchInputs) => LocalizedString} */
  () => {
    return (
      /** @type {LocalizedString} */
      `The two passwords differ.`
    );
  }
);
const password_mismatch = (
  /** @type {((inputs?: Password_MismatchInputs, options?: { locale?: "fr" | "en" }) => LocalizedString) & import('../runtime.js').MessageMetadata<Password_MismatchInputs, { locale?: "fr" | "en" }, {}>} */
  ((inputs = {}, options = {}) => {
    const locale = options.locale ?? getLocale();
    if (locale === "en") return en_password_mismatch();
    return fr_password_mismatch();
  })
);
const loginSchema = z.object({
  email: z.string().trim().min(1).max(254).pipe(z.email()),
  password: z.string().min(1).max(256),
  redirectTo: z.string().max(512).optional()
});
const passwordChangeSchema = z.object({
  currentPassword: z.string().min(1).max(256),
  password: z.string().min(10).max(256),
  confirmPassword: z.string().min(1).max(256)
}).refine((v) => v.password === v.confirmPassword, {
  path: ["confirmPassword"],
  error: () => password_mismatch()
});

export { loginSchema as l, passwordChangeSchema as p };
//# sourceMappingURL=auth.js-DCKdo3ao.js.map
