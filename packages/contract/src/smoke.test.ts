import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
it('works', () => { expect(z.string().parse('a')).to.equal('a'); });
