import { ExclamationCircleOutlined } from '@ant-design/icons';
import type { UseQueryResult } from '@tanstack/react-query';
import { Button, ErrorBlock, Skeleton } from 'antd-mobile';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';

/** What went wrong, in the user's words: the server's problem title, or "check your network". */
export function useErrorText() {
  const { t } = useTranslation(['mobile', 'common', 'tickets']);
  return (error: unknown): string => {
    if (error instanceof ApiError) {
      return error.problem.title;
    }
    return t('errors.network');
  };
}

export function LoadingState({ rows = 2 }: { rows?: number }) {
  const { t } = useTranslation();
  return (
    <div role="status" aria-busy="true" aria-label={t('states.loading')} data-testid="loading">
      {Array.from({ length: rows }, (_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <div className="lx-section" key={i}>
          <Skeleton.Title animated />
          <Skeleton.Paragraph lineCount={3} animated />
        </div>
      ))}
    </div>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation(['mobile', 'common', 'tickets']);
  const errorText = useErrorText();
  return (
    <ErrorBlock status="default" title={t('errors.loadFailed')} description={errorText(error)}>
      <Button color="primary" size="large" onClick={onRetry} data-testid="retry">
        {t('common:actions.retry')}
      </Button>
    </ErrorBlock>
  );
}

/** An empty list says what to do next. */
export function EmptyState({
  title,
  description,
  action,
}: {
  title: string;
  description?: string;
  action?: ReactNode;
}) {
  return (
    <ErrorBlock status="empty" title={title} description={description ?? ''} data-testid="empty">
      {action}
    </ErrorBlock>
  );
}

/** Loading skeleton, error with retry, empty state, or the data: every list and page goes through this. */
export function QueryState<T>({
  query,
  isEmpty,
  empty,
  children,
}: {
  query: UseQueryResult<T>;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) {
    return <LoadingState />;
  }
  if (query.isError) {
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (isEmpty?.(query.data) && empty) {
    return <>{empty}</>;
  }
  return <>{children(query.data)}</>;
}

/** A form-level error that is not about one field, shown in place (no pop-up). */
export function FormError({ text }: { text: string | null }) {
  if (!text) {
    return null;
  }
  return (
    <div role="alert" className="lx-section lx-form-error" data-testid="form-error">
      <ExclamationCircleOutlined /> {text}
    </div>
  );
}
