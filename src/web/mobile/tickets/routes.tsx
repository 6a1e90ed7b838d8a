import { Route, Routes } from 'react-router';
import { MyTicketsPage } from './my-tickets-page';
import { ProgressPage } from './progress-page';
import { RatePage } from './rate-page';
import { ResolvePage } from './resolve-page';
import { SubmitPage } from './submit-page';
import { TicketPage } from './ticket-page';
import { TodoPage } from './todo-page';
import { WishNewPage } from './wish-new-page';
import { WishWallPage } from './wish-wall-page';
import { WithdrawPage } from './withdraw-page';
import './tickets.css';

// The resident's, volunteer's and grid worker's ticket screens. Mounted at /m/tickets/*.
export default function MobileTicketRoutes() {
  return (
    <Routes>
      <Route index element={<MyTicketsPage />} />
      <Route path="new" element={<SubmitPage mode="resident" />} />
      <Route path="visit" element={<SubmitPage mode="visit" />} />
      <Route path="todo" element={<TodoPage />} />
      <Route path="wishes" element={<WishWallPage />} />
      <Route path="wishes/new" element={<WishNewPage />} />
      <Route path=":id" element={<TicketPage />} />
      <Route path=":id/rate" element={<RatePage />} />
      <Route path=":id/withdraw" element={<WithdrawPage />} />
      <Route path=":id/resolve" element={<ResolvePage />} />
      <Route path=":id/progress" element={<ProgressPage />} />
    </Routes>
  );
}
