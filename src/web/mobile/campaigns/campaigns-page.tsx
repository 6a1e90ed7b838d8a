import { useQuery } from '@tanstack/react-query';
import { Button, List, ProgressBar } from 'antd-mobile';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { campaignKeys, listCampaigns, shareText } from '../../modules/campaigns/api';
import { Page } from '../ui/page';
import { EmptyState, QueryState } from '../ui/states';
import './campaigns.css';

/** 专项行动 on the phone: the drives this person tallies for or follows, with how far each has come. */
export function CampaignsPage() {
  const { t } = useTranslation(['campaigns']);
  const navigate = useNavigate();
  const list = useQuery({
    queryKey: campaignKeys.list({ phone: true }),
    queryFn: () => listCampaigns({ limit: 50 }),
  });
  return (
    <Page title={t('title')} back="/m">
      <QueryState
        query={list}
        isEmpty={(d) => d.items.length === 0}
        empty={<EmptyState title={t('tally.none')} />}
      >
        {(data) => (
          <List>
            {data.items.map((c) => (
              <List.Item
                key={c.id}
                onClick={() => navigate(`/m/campaigns/${c.id}`)}
                description={
                  <div className="lx-drive-meta">
                    {c.placeName} · {c.startsOn} – {c.endsOn}
                  </div>
                }
                extra={
                  c.allowedActions.includes('tally') ? (
                    <Button size="small" color="primary" fill="outline">
                      {t('tally.open')}
                    </Button>
                  ) : null
                }
              >
                <div>{c.name}</div>
                <div className="lx-drive-figure">
                  {c.value.toLocaleString()}
                  <small>
                    {c.kind === 'count_up'
                      ? `/ ${c.target.toLocaleString()} ${c.unitLabel}`
                      : `${c.unitLabel} · ${t('remaining')}`}
                  </small>
                </div>
                <ProgressBar percent={Math.round((c.share ?? 0) * 100)} text={shareText(c.share)} />
              </List.Item>
            ))}
          </List>
        )}
      </QueryState>
    </Page>
  );
}
