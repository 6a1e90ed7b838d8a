import { ClockCircleOutlined, EnvironmentOutlined, TeamOutlined } from '@ant-design/icons';
import { Button } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../../modules/auth/session';
import { type Offering, useOfferings } from '../../modules/services/api';
import { PagedList } from '../tickets/ticket-list';
import { Page } from '../ui/page';
import { EmptyState } from '../ui/states';

/**
 * 服务点单 (百姓点单): the service menu open at the resident's home — its community's teams and those above — each
 * with who serves it, when and where, and one button to order it.
 */
export function ServiceMenuPage() {
  const { t } = useTranslation('services');
  const me = useMe().data;
  const query = useOfferings(me?.placeId ? { placeId: me.placeId } : {}, Boolean(me));
  return (
    <Page title={t('phone.menu.title')} back="/m">
      <p className="lx-section">{t('phone.menu.intro')}</p>
      <PagedList<Offering>
        query={query}
        empty={<EmptyState title={t('phone.menu.empty')} description={t('phone.menu.emptyHint')} />}
        renderItem={(offering) => <OfferingCard key={offering.id} offering={offering} />}
      />
    </Page>
  );
}

function OfferingCard({ offering }: { offering: Offering }) {
  const { t } = useTranslation('services');
  const navigate = useNavigate();
  const me = useMe().data;
  const mayCreate = me?.permissions.includes('ticket.create') ?? false;
  const group = offering.audience === 'all' ? null : t(`audience.${offering.audience}`);
  return (
    <article className="lx-section lx-ticket-card" data-testid="offering-card">
      <div className="lx-row">
        <h3 className="lx-card-title">{offering.name}</h3>
        {group ? (
          <span className="lx-muted" data-testid="offering-audience">
            {t('phone.menu.onlyFor', { group })}
          </span>
        ) : null}
      </div>
      {offering.description ? <p>{offering.description}</p> : null}
      <div className="lx-muted">
        <TeamOutlined aria-hidden /> {offering.unitName ?? ''}
      </div>
      {offering.schedule ? (
        <div className="lx-muted">
          <ClockCircleOutlined aria-hidden /> {offering.schedule}
        </div>
      ) : null}
      {offering.location ? (
        <div className="lx-muted">
          <EnvironmentOutlined aria-hidden /> {offering.location}
        </div>
      ) : null}
      {mayCreate && !offering.mayOrder && group ? (
        <p className="lx-muted" data-testid="offering-not-for-me">
          {t('phone.menu.onlyForHint', { group })}
        </p>
      ) : null}
      {mayCreate && offering.mayOrder ? (
        <Button
          block
          color="primary"
          fill="outline"
          onClick={() => void navigate(`/m/services/${offering.id}/order`)}
          data-testid="order-offering"
        >
          {t('phone.menu.order')}
        </Button>
      ) : null}
    </article>
  );
}
