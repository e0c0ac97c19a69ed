// The browser tests never skip: they drive Debian's headless Chromium shell
// or its Chromium, else any Chromium-family browser playwright-core's
// channels or the usual paths reveal, and without one they fail with this
// system's install command.
import { describe, expect, it } from 'vitest';
import { browserCandidates, channelPaths, chromiumPath, installCommand } from '../helpers/browser.ts';

describe('chromiumPath()', () => {
  it('fails with the install command when no browser is found', () => {
    expect(() => chromiumPath('', ['/nonexistent/chromium'], 'apt-get install -y chromium fonts-noto-cjk')).toThrow(
      /No Chromium-family browser found \(looked at \$CHROMIUM_PATH, \/nonexistent\/chromium\)\. Install one: apt-get install -y chromium/,
    );
  });

  it('fails on a CHROMIUM_PATH that does not exist, rather than fall back silently', () => {
    expect(() => chromiumPath('/nonexistent/chrome')).toThrow(/CHROMIUM_PATH=\/nonexistent\/chrome does not exist/);
  });

  it('takes the first candidate that is a file and exists (a folder does not count)', () => {
    expect(chromiumPath('', ['/nonexistent/chromium', '/etc', process.execPath])).toBe(process.execPath);
  });
});

describe('browserCandidates()', () => {
  it('on Linux: Debian’s headless shell and Chromium first, then playwright-core’s chrome and msedge channels, then the usual paths', () => {
    const c = browserCandidates('linux', {});
    expect(c.slice(0, 4)).toEqual(['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium', '/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge']);
    expect(c).toContain('/usr/bin/chromium-browser');
    expect(c).toContain('/snap/bin/chromium');
  });

  it('for a measure of readers’ browsers (Lighthouse): the same list without the headless shell', () => {
    const c = browserCandidates('linux', {}, { fullBrowser: true });
    expect(c[0]).toBe('/usr/bin/chromium');
    expect(c).not.toContain('/usr/lib/chromium/chromium-headless-shell');
    expect(c).toEqual(browserCandidates('linux', {}).slice(1));
  });

  it('on macOS: the channels’ app bundles, then Chromium’s', () => {
    const c = browserCandidates('darwin', {});
    expect(c.slice(0, 2)).toEqual(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge']);
    expect(c).toContain('/Applications/Chromium.app/Contents/MacOS/Chromium');
    expect(c).not.toContain('/usr/bin/chromium');
  });

  it('on Windows: the channels under the same prefixes playwright-core tries', () => {
    expect(channelPaths('chrome', 'win32', { LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files', HOMEDRIVE: 'C:' })).toEqual([
      'C:\\Users\\a\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
      'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
    ]);
  });
});

describe('installCommand()', () => {
  it.each([
    ['ID=debian', 'apt-get install -y chromium-headless-shell fonts-noto-cjk'],
    ['ID=ubuntu\nID_LIKE=debian', 'apt-get install -y chromium fonts-noto-cjk'],
    ['ID=linuxmint\nID_LIKE="ubuntu debian"', 'apt-get install -y chromium fonts-noto-cjk'],
    ['ID="fedora"', 'dnf install -y chromium google-noto-sans-cjk-fonts'],
    ['ID="rocky"\nID_LIKE="rhel centos fedora"', 'dnf install -y chromium google-noto-sans-cjk-fonts'],
    ['ID=arch', 'pacman -S chromium noto-fonts-cjk'],
    ['ID=alpine', 'apk add chromium font-noto-cjk'],
  ])('on Linux with %j: %s', (osRelease, command) => {
    expect(installCommand('linux', osRelease)).toBe(command);
  });

  it('on macOS: brew; elsewhere: the package manager, with the Debian command as the example', () => {
    expect(installCommand('darwin', '')).toBe('brew install --cask chromium');
    expect(installCommand('linux', 'ID=nixos')).toMatch(/package manager.*apt-get install -y chromium/);
  });
});
