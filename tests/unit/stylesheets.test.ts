// Stylesheets are linked at the top of the body (src/lib/stylesheets.ts).
import { describe, expect, it } from 'vitest';
import { stylesheetsToBody } from '../../src/lib/stylesheets.ts';

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('stylesheetsToBody()', () => {
  it('moves every head stylesheet, in order, to the start of the body', () => {
    const html = page('<link rel="stylesheet" href="/a.css"><meta name="x" content="y"><link rel="stylesheet" href="/b.css">', '<a class="skip" href="#main">Skip</a>');
    expect(stylesheetsToBody(html)).toBe(page('<meta name="x" content="y">', '<link rel="stylesheet" href="/a.css"><link rel="stylesheet" href="/b.css"><a class="skip" href="#main">Skip</a>'));
  });
  it('leaves other links in the head: icons, canonical, alternates, the manifest', () => {
    const head = '<link rel="canonical" href="/en/"><link rel="icon" href="/favicon.svg"><link rel="alternate" hreflang="zh-TW" href="/zh-tw/"><link rel="manifest" href="/m.json">';
    expect(stylesheetsToBody(page(head, '<p>x</p>'))).toBe(page(head, '<p>x</p>'));
  });
  it('finds a stylesheet whatever its attribute order, and keeps the body tag’s attributes', () => {
    const html = '<html><head><link href="/a.css" rel="stylesheet"></head><body class="k"><p>x</p></body></html>';
    expect(stylesheetsToBody(html)).toBe('<html><head></head><body class="k"><link href="/a.css" rel="stylesheet"><p>x</p></body></html>');
  });
  it('leaves a page already linking its sheet in the body, or without a head, as it is', () => {
    const article = page('', '<link rel="stylesheet" href="/a.css"><p>x</p>');
    expect(stylesheetsToBody(article)).toBe(article);
    expect(stylesheetsToBody('<p>fragment</p>')).toBe('<p>fragment</p>');
  });
});
