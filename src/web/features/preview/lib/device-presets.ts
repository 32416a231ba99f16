/** A screen to preview the platform on: its CSS viewport in portrait (phones, tablets) or landscape. */
export interface DevicePreset {
  id: string;
  /** Product names are the same in every language, so they are not translated. */
  name: string;
  width: number;
  height: number;
}

/** The three sizes with buttons of their own; their names come from the feature's strings. */
export const MAIN_PRESETS = {
  desktop: { width: 1280, height: 800 },
  tablet: { width: 768, height: 1024 },
  mobile: { width: 375, height: 812 },
} as const;
export type MainPresetId = keyof typeof MAIN_PRESETS;

/** Common devices' CSS viewports (what a page sees, not the panel's pixels). */
export const DEVICE_PRESETS: readonly DevicePreset[] = [
  { id: 'iphone-se', name: 'iPhone SE', width: 375, height: 667 },
  { id: 'iphone-15-pro', name: 'iPhone 15 Pro', width: 393, height: 852 },
  { id: 'iphone-15-pro-max', name: 'iPhone 15 Pro Max', width: 430, height: 932 },
  { id: 'galaxy-s24', name: 'Galaxy S24', width: 360, height: 780 },
  { id: 'pixel-8', name: 'Pixel 8', width: 412, height: 915 },
  { id: 'ipad-mini', name: 'iPad Mini', width: 768, height: 1024 },
  { id: 'ipad-air', name: 'iPad Air', width: 820, height: 1180 },
  { id: 'ipad-pro', name: 'iPad Pro 12.9"', width: 1024, height: 1366 },
  { id: 'laptop', name: 'Laptop', width: 1366, height: 768 },
  { id: 'macbook-air', name: 'MacBook Air', width: 1440, height: 900 },
  { id: 'desktop-hd', name: 'Desktop HD', width: 1920, height: 1080 },
];

/** Narrower than this, pages stop being meaningful; wider than this nobody designs for. */
export const MIN_WIDTH = 240;
export const MAX_WIDTH = 2560;
