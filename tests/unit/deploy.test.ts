import { describe, expect, it } from 'vitest';
import { deployment, deploymentNotice, PREVIEW_ORIGIN } from '../../src/lib/deploy.ts';

describe('deployment()', () => {
  it('is a preview on localhost when SITE_URL is unset or blank', () => {
    expect(deployment({})).toEqual({ site: PREVIEW_ORIGIN, preview: true });
    expect(deployment({ SITE_URL: '  ' }).preview).toBe(true);
  });
  it('is a public build for the address SITE_URL names', () => {
    expect(deployment({ SITE_URL: 'https://ledger.example' })).toEqual({ site: 'https://ledger.example/', preview: false });
  });
  it('refuses an address that is not http(s), rather than building a site of broken links', () => {
    expect(() => deployment({ SITE_URL: 'ledger.example' })).toThrow();
    expect(() => deployment({ SITE_URL: 'ftp://ledger.example' })).toThrow(/http\(s\)/);
  });
});

describe('deploymentNotice()', () => {
  it('tells a preview build how to publish, and a public build where it goes', () => {
    expect(deploymentNotice(deployment({}))).toMatch(/^preview build: .*noindex.*SITE_URL/);
    expect(deploymentNotice(deployment({ SITE_URL: 'https://ledger.example' }))).toBe('public build for https://ledger.example/');
  });
});
