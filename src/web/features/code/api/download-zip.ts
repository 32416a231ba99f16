import { ProblemDetails } from '../../../../contracts/index.js';
import { ApiError } from '../../../lib/api-error.js';

/**
 * Downloads a generation's zip. A plain link cannot send the X-Tenant-Id header the route needs, so the
 * zip is fetched as a blob and saved through an object URL.
 */
export async function downloadZip(
  tenantId: string,
  platformId: string,
  generationId: string,
  fallbackName: string,
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(`/api/platforms/${platformId}/generations/${generationId}/zip`, {
      headers: { 'X-Tenant-Id': tenantId, Accept: 'application/zip, application/problem+json' },
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, { code: 'network', detail: 'The server could not be reached' });
  }
  if (!response.ok) {
    const problem = ProblemDetails.safeParse(await response.json().catch(() => undefined));
    throw new ApiError(
      response.status,
      problem.success ? problem.data : { code: 'internal', detail: `HTTP ${response.status}` },
    );
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filenameOf(response.headers.get('Content-Disposition')) ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next tick: the click has started the download by then.
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}

function filenameOf(disposition: string | null): string | undefined {
  const match = disposition ? /filename="?([^";]+)"?/i.exec(disposition) : null;
  return match?.[1];
}
