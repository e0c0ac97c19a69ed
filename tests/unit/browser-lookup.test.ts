// The browser tests never skip: without a Chromium they fail and say how to get one.
import { describe, expect, it } from 'vitest';
import { chromiumPath } from '../helpers/browser.ts';

describe('chromiumPath()', () => {
  it('fails with the install command when no browser is found', () => {
    expect(() => chromiumPath(undefined, ['/nonexistent/chromium'])).toThrow(/apt-get install -y chromium/);
  });

  it('fails on a CHROMIUM_PATH that does not exist, rather than fall back silently', () => {
    expect(() => chromiumPath('/nonexistent/chrome')).toThrow(/CHROMIUM_PATH=\/nonexistent\/chrome does not exist/);
  });

  it('takes the first candidate that exists', () => {
    expect(chromiumPath(undefined, ['/nonexistent/chromium', process.execPath])).toBe(process.execPath);
  });
});
