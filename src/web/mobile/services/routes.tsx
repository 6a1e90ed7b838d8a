import { Route, Routes } from 'react-router';
import '../tickets/tickets.css';
import './services.css';
import { HoursPage } from './hours-page';
import { ServiceMenuPage } from './menu-page';
import { OrderPage } from './order-page';
import { TasksPage } from './tasks-page';

// The service menu (residents) and the volunteer's tasks and hours. Mounted at /m/services/*.
export default function MobileServiceRoutes() {
  return (
    <Routes>
      <Route index element={<ServiceMenuPage />} />
      <Route path=":id/order" element={<OrderPage />} />
      <Route path="tasks" element={<TasksPage />} />
      <Route path="hours" element={<HoursPage />} />
    </Routes>
  );
}
