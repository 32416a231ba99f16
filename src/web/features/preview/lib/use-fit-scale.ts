import { useEffect, useState, type RefObject } from 'react';

/**
 * The scale at which a `width` × `height` frame fits the element's box (never above 1: zooming in on a
 * preview helps nobody). 1 while the box is unmeasured, e.g. where ResizeObserver does not exist.
 */
export function useFitScale(box: RefObject<HTMLElement | null>, width: number, height: number): number {
  const [available, setAvailable] = useState<{ width: number; height: number } | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setAvailable({ width: entry.contentRect.width, height: entry.contentRect.height });
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);

  if (!available || available.width <= 0 || available.height <= 0) return 1;
  return Math.min(1, available.width / width, available.height / height);
}
