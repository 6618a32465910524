import * as actionPlan from '../../src/action-plan/index.js';
import * as dashboards from '../../src/dashboards/index.js';
import * as funding from '../../src/funding/index.js';
import * as main from '../../src/index.js';
import * as money from '../../src/money/index.js';
import * as node from '../../src/node/index.js';
import * as programme from '../../src/programme/index.js';
import * as schemas from '../../src/schemas/index.js';

/** Every entry of the package, by the name a user imports. */
export const ENTRIES: Readonly<Record<string, Record<string, unknown>>> = {
  palier: main,
  'palier/programme': programme,
  'palier/money': money,
  'palier/funding': funding,
  'palier/action-plan': actionPlan,
  'palier/dashboards': dashboards,
  'palier/schemas': schemas,
  'palier/node': node,
};

/** An object every read of which throws (its getters, `in`, its keys, its prototype). */
export const throwing: object = new Proxy(
  {},
  {
    get() {
      throw new Error('hostile getter');
    },
    has() {
      throw new Error('hostile has');
    },
    ownKeys() {
      throw new Error('hostile ownKeys');
    },
    getPrototypeOf() {
      throw new Error('hostile prototype');
    },
  },
);

const revocable = Proxy.revocable({}, {});
revocable.revoke();
/** A revoked Proxy: even `Array.isArray` throws on it. */
export const revoked: object = revocable.proxy;

/** Whether a function is a class (called with `new`). */
export const isClass = (f: unknown): boolean => /^class\b/.test(Function.prototype.toString.call(f));
