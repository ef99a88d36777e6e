/**
 * Fetching documents from the web, politely and safely (see fetch-document.ts). The only module besides
 * ingest/ and store/ that touches the network.
 */
export { type AddressPolicy, allowPrivatePolicy, classifyAddress, publicOnlyPolicy } from './address-policy.ts';
export { FetchError, isFetchError } from './errors.ts';
export {
  DEFAULT_DEADLINE_MS,
  DEFAULT_IDLE_TIMEOUT_MS,
  DEFAULT_MAX_FETCH_BYTES,
  DEFAULT_MAX_REDIRECTS,
  fetchDocument,
} from './fetch-document.ts';
export { isAllowed, parseRobots, type Robots } from './robots.ts';
export { FetchSession, type FetchSessionOptions, getDefaultSession } from './session.ts';
export type {
  CacheValidators,
  Expectation,
  FetchOptions,
  FetchResult,
  ResolvedAddress,
  Resolver,
} from './types.ts';
export { USER_AGENT } from './user-agent.ts';
