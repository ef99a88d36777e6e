import { describe, expect, it } from 'vitest';
import { allowPrivatePolicy, classifyAddress } from './address-policy.ts';
import { parseIpv4Loose, parseIpv6 } from './ip-parse.ts';

describe('parseIpv4Loose: every inet_aton spelling', () => {
  const cases: Array<[string, number | null]> = [
    ['127.0.0.1', 0x7f000001],
    ['127.1', 0x7f000001],
    ['0x7f.1', 0x7f000001],
    ['0X7F.0.0.1', 0x7f000001],
    ['2130706433', 0x7f000001],
    ['017700000001', 0x7f000001],
    ['0177.0.0.1', 0x7f000001],
    ['0x7f000001', 0x7f000001],
    ['127.0.0.1.', 0x7f000001],
    ['0', 0],
    ['256.0.0.1', null],
    ['1.2.3.4.5', null],
    ['08.0.0.1', null],
    ['example.com', null],
    ['', null],
    ['1.2.65536', null],
  ];
  it.each(cases)('%s -> %s', (text, value) => expect(parseIpv4Loose(text)).toBe(value));
});

describe('parseIpv6', () => {
  it('expands ::, reads dotted tails, strips brackets and zones', () => {
    expect(parseIpv6('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIpv6('[::ffff:127.0.0.1]')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x7f00, 1]);
    expect(parseIpv6('FE80::1%eth0')).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIpv6('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parseIpv6('1::2::3')).toBeNull();
    expect(parseIpv6('1:2:3:4:5:6:7:8:9')).toBeNull();
    expect(parseIpv6('12345::')).toBeNull();
  });
});

describe('classifyAddress', () => {
  const blocked = [
    '127.0.0.1',
    '127.255.255.254',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '169.254.1.1',
    '100.64.0.1',
    '100.127.255.255',
    '0.0.0.0',
    '0.1.2.3',
    '224.0.0.1',
    '239.255.255.250',
    '255.255.255.255',
    '240.0.0.1',
    '192.0.2.1',
    '198.18.0.1',
    '::',
    '::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:a9fe:a9fe',
    '::ffff:10.0.0.1',
    '::127.0.0.1',
    '64:ff9b::7f00:1',
    '64:ff9b::a9fe:a9fe',
    '64:ff9b::192.168.0.1',
    '2002:7f00:1::',
    'fe80::1',
    'FEBF::1',
    'fc00::1',
    'fd00:ec2::254',
    'ff02::1',
    '2001:db8::1',
    '2001::1',
    '100::1',
    'not-an-ip',
  ];
  it.each(blocked)('refuses %s', (address) => expect(classifyAddress(address)).not.toBeNull());

  const allowed = ['8.8.8.8', '93.184.216.34', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '64:ff9b::808:808', '::ffff:8.8.8.8'];
  it.each(allowed)('allows %s', (address) => expect(classifyAddress(address)).toBeNull());

  it('explains embedded addresses', () => {
    expect(classifyAddress('::ffff:7f00:1')).toBe('IPv4-mapped IPv6 of a loopback address (127.0.0.1)');
  });

  it('allowPrivate still refuses metadata endpoints in any form', () => {
    expect(allowPrivatePolicy('127.0.0.1', 'x')).toBeNull();
    expect(allowPrivatePolicy('10.0.0.1', 'x')).toBeNull();
    expect(allowPrivatePolicy('169.254.169.254', 'x')).not.toBeNull();
    expect(allowPrivatePolicy('::ffff:169.254.169.254', 'x')).not.toBeNull();
    expect(allowPrivatePolicy('fd00:ec2::254', 'x')).not.toBeNull();
  });
});
