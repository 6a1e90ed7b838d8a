import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { TitleBar } from './title-bar';

type Props = {
  title: string;
  /** Where the back arrow goes when there is no history to go back to; omit for a top-level page. */
  back?: string;
  right?: ReactNode;
  /** The page's one primary action, kept at the bottom within thumb reach. */
  footer?: ReactNode;
  children: ReactNode;
};

/** One screen of the phone pages: a title bar, the content, and at most one primary button at the bottom. */
export function Page({ title, back, right, footer, children }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useEffect(() => {
    document.title = `${title} · ${t('appName')}`;
  }, [title, t]);
  const goBack = () => {
    const idx = (window.history.state as { idx?: number } | null)?.idx ?? 0;
    if (idx > 0) {
      void navigate(-1);
    } else if (back) {
      void navigate(back, { replace: true });
    }
  };
  return (
    <div className="lx-page">
      <header className="lx-page-nav">
        <TitleBar
          title={title}
          backLabel={t('actions.back')}
          onBack={back === undefined ? undefined : goBack}
          right={right}
        />
      </header>
      <main className="lx-page-body">{children}</main>
      {footer ? <div className="lx-page-footer">{footer}</div> : null}
    </div>
  );
}

/** A white block on the gray page. */
export function Section({ title, children }: { title?: ReactNode; children: ReactNode }) {
  return (
    <section className="lx-section">
      {title ? <h2 className="lx-title">{title}</h2> : null}
      {children}
    </section>
  );
}
