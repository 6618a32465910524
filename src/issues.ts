// The base types live in the bottom module `core/`; re-exported here while modules migrate.
export type { IssuePath, PalierIssue } from './core/issue.js';
export { formatPath } from './core/issue.js';

import type { Result } from './core/result.js';

/**
 * Outcome of parsing untrusted input (the former name of {@link Result}).
 *
 * @category Issues
 */
export type ParseResult<T> = Result<T>;
