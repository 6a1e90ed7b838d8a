import { Route, Routes } from 'react-router';
import { TicketDetailPage } from './detail-page';
import { TicketListPage } from './list-page';
import { NewTicketPage } from './new-page';

/**
 * The office's ticket screens, mounted by the console shell at /console/tickets/*: the work queues
 * (?queue=to_accept | to_dispatch | my_unit | overdue | escalated_to_me | extension_requests, or all), a new
 * ticket, one ticket.
 */
export default function TicketRoutes() {
  return (
    <Routes>
      <Route index element={<TicketListPage />} />
      <Route path="new" element={<NewTicketPage />} />
      <Route path=":id" element={<TicketDetailPage />} />
    </Routes>
  );
}
