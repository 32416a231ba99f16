import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PreviewFrame } from './preview-frame.js';

const URL = 'http://127.0.0.1:41234/';

function renderFrame() {
  render(<PreviewFrame url={URL} />);
  return screen.getByTitle('Live preview of the platform');
}

const widthOf = (frame: HTMLElement) => Number.parseInt(frame.style.width, 10);
const heightOf = (frame: HTMLElement) => Number.parseInt(frame.style.height, 10);

describe('PreviewFrame', () => {
  it('shows the platform at desktop width first, with its size in words', () => {
    const frame = renderFrame();
    expect(frame.getAttribute('src')).toBe(URL);
    expect(widthOf(frame)).toBe(1280);
    expect(screen.getByText('1280 × 800')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open in new tab' }).getAttribute('href')).toBe(URL);
  });

  it('makes the iframe 375 px wide after Mobile, and 768 after Tablet', async () => {
    const user = userEvent.setup();
    const frame = renderFrame();
    await user.click(screen.getByRole('button', { name: 'Mobile' }));
    expect(widthOf(frame)).toBe(375);
    expect(screen.getByRole('button', { name: 'Mobile' }).getAttribute('aria-pressed')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Tablet' }));
    expect(widthOf(frame)).toBe(768);
  });

  it('swaps width and height on Rotate', async () => {
    const user = userEvent.setup();
    const frame = renderFrame();
    await user.click(screen.getByRole('button', { name: 'Mobile' }));
    await user.click(screen.getByRole('button', { name: 'Rotate' }));
    expect(widthOf(frame)).toBe(812);
    expect(heightOf(frame)).toBe(375);
    expect(screen.getByText('812 × 375')).toBeTruthy();
  });

  it('resizes the width from the keyboard on the drag handle', async () => {
    const user = userEvent.setup();
    const frame = renderFrame();
    await user.click(screen.getByRole('button', { name: 'Mobile' }));
    const handle = screen.getByRole('separator', { name: 'Preview width' });
    handle.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(widthOf(frame)).toBe(395);
    await user.keyboard('{Shift>}{ArrowLeft}{/Shift}');
    expect(widthOf(frame)).toBe(345);
    expect(handle.getAttribute('aria-valuenow')).toBe('345');
    // A free width is no longer the Mobile preset.
    expect(screen.getByRole('button', { name: 'Mobile' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('offers more devices in a menu and applies the chosen one', async () => {
    const user = userEvent.setup();
    const frame = renderFrame();
    await user.click(screen.getByRole('button', { name: 'More devices' }));
    const items = await screen.findAllByRole('menuitemradio');
    expect(items.length).toBeGreaterThanOrEqual(8);
    await user.click(screen.getByRole('menuitemradio', { name: /Pixel 8/ }));
    expect(widthOf(frame)).toBe(412);
    expect(heightOf(frame)).toBe(915);
  });

  it('reloads by remounting the iframe', async () => {
    const user = userEvent.setup();
    const frame = renderFrame();
    await user.click(screen.getByRole('button', { name: 'Reload' }));
    const reloaded = screen.getByTitle('Live preview of the platform');
    expect(reloaded).not.toBe(frame);
    expect(reloaded.getAttribute('src')).toBe(URL);
  });
});
