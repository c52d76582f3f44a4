import { afterAll } from 'vitest';
import { removeTemporaryFolders } from './temporary-folders';

afterAll(removeTemporaryFolders);
