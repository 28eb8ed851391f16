import { browser } from 'wxt/browser';
import { Welcome } from '@/components/Welcome';
import { drawPage } from '@/components/draw-page';
import { mentionShortcuts } from '@/utils/shortcuts';
import './style.css';

async function main() {
  const shortcuts = await mentionShortcuts();
  await drawPage('welcome', (settings) => (
    <Welcome colours={settings.colours} shortcuts={shortcuts} onOpenSettings={() => void browser.runtime.openOptionsPage()} />
  ));
}

void main();
