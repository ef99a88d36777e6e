import dns from 'node:dns';
import type { LookupFunction } from 'node:net';
import type { AddressPolicy } from './address-policy.ts';
import { FetchError } from './errors.ts';
import type { ResolvedAddress, Resolver } from './types.ts';

/** The system resolver, every address, in the order the system gives them. */
export const systemResolver: Resolver = async (hostname) => {
  const answers = await dns.promises.lookup(hostname, { all: true, verbatim: true });
  return answers.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

function checkAll(answers: ResolvedAddress[], policy: AddressPolicy, hostname: string, url: string): void {
  if (answers.length === 0) throw new FetchError('NETWORK_ERROR', url, `${hostname} has no address`);
  for (const a of answers) {
    const reason = policy(a.address, hostname);
    // One bad record refuses the host: a name mixing public and private records is a rebinding setup.
    if (reason) throw new FetchError('BLOCKED_ADDRESS', url, `refusing ${hostname}: it resolves to ${a.address} (${reason})`);
  }
}

/**
 * A `lookup` for http.request that resolves, then checks every address with the policy before the socket
 * connects, so the address checked is the address used: DNS rebinding between a check and the connect is
 * impossible. Works with Node's happy-eyeballs (`all: true`) calls and single-address calls.
 */
export function createCheckedLookup(resolve: Resolver, policy: AddressPolicy, url: string): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (answers) => {
        try {
          checkAll(answers, policy, hostname, url);
        } catch (err) {
          callback(err as NodeJS.ErrnoException, '', 0);
          return;
        }
        const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
        const usable = wanted ? answers.filter((a) => a.family === wanted) : answers;
        const first = usable[0];
        if (!first) {
          const err = new FetchError('NETWORK_ERROR', url, `${hostname} has no IPv${wanted} address`);
          callback(err as unknown as NodeJS.ErrnoException, '', 0);
        } else if (options.all) {
          callback(null, usable.map((a) => ({ address: a.address, family: a.family })));
        } else {
          callback(null, first.address, first.family);
        }
      },
      (err: NodeJS.ErrnoException) => callback(err, '', 0),
    );
  };
}
