import { describeProviderContract } from '../provider-contract.js';
import { createOfflineProvider } from './index.js';

describeProviderContract('offline', () => Promise.resolve({ provider: createOfflineProvider() }));
