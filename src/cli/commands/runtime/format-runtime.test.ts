import { describe, expect, it } from 'vitest';
import type { DeploymentSummary } from '../../../contracts/index.js';
import { formatTable } from '../../output.js';
import {
  deploymentColumns,
  formatDuration,
  formatHealth,
  formatLogLine,
  formatStep,
} from './format-runtime.js';

const AT = '2026-01-05T10:11:12.345Z';

describe('formatDuration', () => {
  it('says milliseconds, seconds or minutes, as fits', () => {
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(12_345)).toBe('12.3 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
  });
});

describe('formatStep', () => {
  it('marks a started, a done and a failed step', () => {
    expect(formatStep({ step: 'build', status: 'started' })).toBe('  … build');
    expect(formatStep({ step: 'build', status: 'done', durationMs: 4_200 })).toBe('  ✓ build     4.2 s');
    expect(formatStep({ step: 'start', status: 'failed', durationMs: 30, message: 'port taken' })).toBe(
      '  ✗ start     30 ms  failed: port taken',
    );
  });
});

describe('formatHealth', () => {
  it('shows ok with the latency, or failing with the cause', () => {
    expect(formatHealth(null)).toBeNull();
    expect(formatHealth({ at: AT, ok: true, httpStatus: 200, latencyMs: 3.4 })).toBe('ok 3 ms');
    expect(formatHealth({ at: AT, ok: false, httpStatus: 503, latencyMs: 12 })).toBe(
      'failing (HTTP 503, 12 ms)',
    );
    expect(formatHealth({ at: AT, ok: false, httpStatus: null, latencyMs: 2_000, error: 'timed out' })).toBe(
      'failing (timed out, 2000 ms)',
    );
  });
});

describe('formatLogLine', () => {
  it('prints the time, the stream and the text, marking stderr', () => {
    expect(formatLogLine({ seq: 1, at: AT, stream: 'stdout', text: 'Clinic is running at :4000' })).toBe(
      '10:11:12 stdout  Clinic is running at :4000',
    );
    expect(formatLogLine({ seq: 2, at: AT, stream: 'stderr', text: 'boom' })).toBe('10:11:12 stderr! boom');
  });
});

describe('deploymentColumns', () => {
  it('make a table row with short ids, version, status, health, restarts and url', () => {
    const deployment: DeploymentSummary = {
      id: '0190f5d2-7c1e-7a3b-9f10-2b3c3c4d5e6f',
      platformId: '0190f5d2-aaaa-7a3b-9f10-2b3c4d5e6f70',
      generationId: '0190f5d2-bbbb-7a3b-9f10-2b3c4d5e6f70',
      blueprintVersion: 2,
      target: 'local',
      status: 'live',
      url: 'http://127.0.0.1:4100/',
      health: { at: AT, ok: true, httpStatus: 200, latencyMs: 5 },
      restarts: 1,
      reason: null,
      message: null,
      previousDeploymentId: null,
      rollbackOf: null,
      createdBy: { id: null, label: 'owner@example.com' },
      createdAt: AT,
      liveAt: AT,
      endedAt: null,
    };
    const [header, row] = formatTable([deployment], deploymentColumns).split('\n');
    expect(header).toMatch(/^DEPLOYMENT\s+PLATFORM\s+VERSION\s+TARGET\s+STATUS\s+HEALTH\s+RESTARTS/);
    expect(row?.split(/\s{2,}/)).toEqual([
      '3c4d5e6f',
      '0190f5d2-aaaa-7a3b-9f10-2b3c4d5e6f70',
      'v2',
      'local',
      'live',
      'ok 5 ms',
      '1',
      '2026-01-05 10:11Z',
      'http://127.0.0.1:4100/',
    ]);
  });
});
