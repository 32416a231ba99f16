import { useCallback, useState } from 'react';
import { DEVICE_PRESETS, MAIN_PRESETS, MAX_WIDTH, MIN_WIDTH, type MainPresetId } from './device-presets.js';

export interface Viewport {
  /** A main preset, a device preset's id, or null once the width was dragged freely. */
  presetId: string | null;
  width: number;
  height: number;
}

const clampWidth = (width: number) => Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)));

/** The preview's chosen size: presets, rotation and free resizing of the width. */
export function useViewport(initial: MainPresetId = 'desktop') {
  const [viewport, setViewport] = useState<Viewport>({ presetId: initial, ...MAIN_PRESETS[initial] });

  const choosePreset = useCallback((presetId: string) => {
    const size =
      presetId in MAIN_PRESETS
        ? MAIN_PRESETS[presetId as MainPresetId]
        : DEVICE_PRESETS.find((preset) => preset.id === presetId);
    if (size) setViewport({ presetId, width: size.width, height: size.height });
  }, []);

  // Rotating keeps the preset: "iPhone SE, landscape" is still that device.
  const rotate = useCallback(
    () => setViewport((current) => ({ ...current, width: current.height, height: current.width })),
    [],
  );

  const resizeWidth = useCallback(
    (width: number) => setViewport((current) => ({ ...current, presetId: null, width: clampWidth(width) })),
    [],
  );

  return { viewport, choosePreset, rotate, resizeWidth };
}
