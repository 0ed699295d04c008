import express from 'express';
import { anonymizeIp } from '../shared/masking';
import { errorHandler } from './error-handler';
import { createLogger } from './logger';
import { OrdersService } from './orders-service';
import { UserRepository } from './user-repository';
import { usersRouter } from './users-controller';
import type { OrderItem, PostalAddress } from '../shared/types';

const log = createLogger('http');
const orders = new OrdersService();
const users = new UserRepository();

export const app = express();
app.use(express.json());

// Access log.
app.use((req, _res, next) => {
  log.debug('request', { method: req.method, path: req.path, ip: req.ip }); // LEAK (strict): privacy/no-pii-in-logs (an IP address: low sensitivity, the strict config reports it)
  log.debug('request', { method: req.method, path: req.path, network: anonymizeIp(req.ip) }); // OK: anonymised
  next();
});

app.use('/api', usersRouter);

const ordersRouter = express.Router();
ordersRouter.post('/orders', async (req, res) => {
  if (!req.user) return res.status(401).json({ error: 'login_required' });
  const user = await users.findById(req.user.id);
  if (!user) return res.status(401).json({ error: 'login_required' });
  const body = req.body as { items: OrderItem[]; paymentMethodId: string; shippingAddress: PostalAddress };
  const order = await orders.placeOrder(user, body.items, body.paymentMethodId, body.shippingAddress);
  return res.status(201).json({ id: order.id, status: order.status });
});
app.use('/api', ordersRouter);

app.use(errorHandler);

if (process.env.NODE_ENV !== 'test') {
  const port = Number(process.env.PORT ?? 3000);
  app.listen(port, () => log.info('listening', { port }));
}
