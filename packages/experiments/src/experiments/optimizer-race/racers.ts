import {
  adagrad,
  adam,
  type LookaheadOptimizer,
  nesterovBook,
  type Optimizer,
  rmsprop,
  rmspropBook,
  sgd,
} from '@dl8/optimizers';

/** Which formulas: torch.optim's or the book's algorithms. */
export type Variant = 'pytorch' | 'book';
/** One optimizer in the race: its toggle key, display label and constructor. */
export type Racer = {
  key: string;
  label: string;
  build(lr: number, mu: number, v: Variant): Optimizer | LookaheadOptimizer;
};

/** Every optimizer the race offers, in display order. */
export const RACERS: Racer[] = [
  { key: 'sgd', label: 'SGD', build: (lr) => sgd({ lr }) },
  { key: 'momentum', label: 'SGD + momentum', build: (lr, mu) => sgd({ lr, momentum: mu }) },
  {
    key: 'nesterov',
    label: 'Nesterov',
    build: (lr, mu, v) =>
      v === 'book' ? nesterovBook({ lr, momentum: mu }) : sgd({ lr, momentum: mu, nesterov: true }),
  },
  {
    key: 'adagrad',
    label: 'AdaGrad',
    build: (lr, _mu, v) => adagrad(v === 'book' ? { lr, eps: 1e-7 } : { lr }),
  },
  {
    key: 'rmsprop',
    label: 'RMSProp',
    build: (lr, _mu, v) => (v === 'book' ? rmspropBook({ lr }) : rmsprop({ lr })),
  },
  { key: 'adam', label: 'Adam', build: (lr) => adam({ lr }) },
];
