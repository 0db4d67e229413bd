"use client";

import { Component, Suspense, type ReactNode } from "react";

interface Props {
  /** The message's text, shown as plain text if its rendering fails. */
  text: string;
  children: ReactNode;
}

function Plain({ text }: { text: string }) {
  return <p style={{ whiteSpace: "pre-wrap" }}>{text}</p>;
}

/**
 * One chat message that cannot be rendered must not take the conversation down with it. On the
 * client the error boundary catches it; while the server renders, error boundaries do not apply,
 * but an error inside a Suspense boundary makes React send the fallback and retry in the browser.
 */
export class MessageBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (this.state.failed) return <Plain text={this.props.text} />;
    return <Suspense fallback={<Plain text={this.props.text} />}>{this.props.children}</Suspense>;
  }
}
