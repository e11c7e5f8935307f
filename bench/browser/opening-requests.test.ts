import { describe, expect, it } from 'vitest';
import {
  openingRequests,
  requestLabel,
  roundTripsBefore,
  summarizeRequests,
} from './opening-requests.js';

const apiBase = 'http://127.0.0.1:4010/api/v1';
const widget = 'http://127.0.0.1:4020/widget/chunks';
const record = (url: string, startTime: number, responseEnd: number) => ({
  url,
  startTime,
  responseEnd,
});

describe('requestLabel', () => {
  it('names API calls by path and files without their content hash', () => {
    expect(requestLabel(`${apiBase}/topics?locale=fi`, apiBase)).toBe('API /topics?locale=fi');
    expect(requestLabel(`${widget}/panel-bgEHVMFR.js`, apiBase)).toBe('widget/chunks/panel.js');
    expect(requestLabel(`${widget}/ticket-steps-53ps_z-s.js`, apiBase)).toBe(
      'widget/chunks/ticket-steps.js',
    );
  });
});

describe('openingRequests', () => {
  it('numbers the round trips: a request after another one ended is one later', () => {
    const requests = openingRequests(
      [
        record(`${widget}/fi-DwwQLYTl.js`, 1300, 1450),
        record(`${widget}/panel-bgEHVMFR.js`, 1010, 1290),
        record(`${apiBase}/topics?locale=fi`, 1300, 1400),
        record(`${apiBase}/articles`, 1460, 1600),
      ],
      1000,
      apiBase,
    );
    expect(requests.map((r) => [r.label, r.startMs, r.endMs, r.roundTrip])).toEqual([
      ['widget/chunks/panel.js', 10, 290, 1],
      ['widget/chunks/fi.js', 300, 450, 2],
      ['API /topics?locale=fi', 300, 400, 2],
      ['API /articles', 460, 600, 3],
    ]);
    expect(roundTripsBefore(requests, 500)).toBe(2);
    expect(roundTripsBefore(requests, 5)).toBe(0);
  });

  it('counts requests started together as one round trip', () => {
    const requests = openingRequests(
      [
        record(`${widget}/panel-bgEHVMFR.js`, 1005, 1290),
        record(`${widget}/fi-DwwQLYTl.js`, 1006, 1200),
        record(`${apiBase}/topics?locale=fi`, 1007, 1250),
      ],
      1000,
      apiBase,
    );
    expect(requests.map((r) => r.roundTrip)).toEqual([1, 1, 1]);
  });
});

describe('summarizeRequests', () => {
  it('gives medians per request, in order of start, and how often each finished before focus', () => {
    const run = (offset: number, focusMs: number) => ({
      requests: openingRequests(
        [
          record(`${widget}/panel-bgEHVMFR.js`, 1000 + offset, 1100 + offset),
          record(`${widget}/fi-DwwQLYTl.js`, 1100 + offset, 1200 + offset),
        ],
        1000,
        apiBase,
      ),
      focusMs,
    });
    const summary = summarizeRequests([run(0, 150), run(10, 250), run(20, 250)]);
    expect(summary).toEqual([
      {
        label: 'widget/chunks/panel.js',
        runs: 3,
        startMs: 10,
        endMs: 110,
        roundTrip: 1,
        beforeFocus: 3,
      },
      {
        label: 'widget/chunks/fi.js',
        runs: 3,
        startMs: 110,
        endMs: 210,
        roundTrip: 2,
        beforeFocus: 2,
      },
    ]);
  });
});
